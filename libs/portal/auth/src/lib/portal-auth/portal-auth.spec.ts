import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalAuth } from './portal-auth';

describe('PortalAuth', () => {
  let component: PortalAuth;
  let fixture: ComponentFixture<PortalAuth>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalAuth],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalAuth);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
